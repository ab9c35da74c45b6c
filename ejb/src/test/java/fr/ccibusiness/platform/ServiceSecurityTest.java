package fr.ccibusiness.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every session bean of the module, found in the compiled classes (so that
 * tomorrow's service is checked without anyone listing it), says who may call it: {@code @RolesAllowed},
 * {@code @PermitAll} or {@code @DenyAll} on the method itself, not only inherited from its class.
 */
class ServiceSecurityTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void everyPublicMethodOfEverySessionBeanDeclaresWhoMayCallIt() throws Exception {
        List<String> beans = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        for (Class<?> type : classes()) {
            if (!(type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Stateful.class)
                    || type.isAnnotationPresent(Singleton.class))) {
                continue;
            }
            beans.add(type.getSimpleName());
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !Modifier.isStatic(method.getModifiers())
                        && !(method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(PermitAll.class)
                        || method.isAnnotationPresent(DenyAll.class))) {
                    silent.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(beans.size() > 20, "the session beans were found: " + beans);
        assertTrue(beans.contains("EventService") && beans.contains("MeetingService"), beans.toString());
        assertEquals(List.of(), silent, "public methods of session beans that do not say who may call them");
    }

    private static List<Class<?>> classes() throws IOException, ClassNotFoundException {
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
                if (name.startsWith("fr.ccibusiness.")) {
                    found.add(Class.forName(name, false, ServiceSecurityTest.class.getClassLoader()));
                }
            }
        }
        return found;
    }
}
