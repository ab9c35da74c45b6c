package fr.ccibusiness.web.support;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Lets pages read the components of the services' records ({@code #{line.name}} calls
 * {@code name()}), which Jakarta EL 5 does not do by itself. Read-only: a record is a value.
 */
public class RecordELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Optional<Method> accessor = accessor(base, property);
        if (accessor.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.get().invoke(base);
        } catch (ReflectiveOperationException e) {
            throw new ELException(e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Optional<Method> accessor = accessor(base, property);
        if (accessor.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property).isPresent()) {
            throw new PropertyNotWritableException(property + " of a record");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property).isPresent()) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private static Optional<Method> accessor(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return Optional.empty();
        }
        String name = property.toString();
        return Arrays.stream(base.getClass().getRecordComponents()).filter(c -> c.getName().equals(name))
                .map(RecordComponent::getAccessor).findFirst();
    }
}
