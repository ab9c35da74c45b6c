package fr.ccibusiness.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The one deployment of every test: the real EAR the build produced, unchanged. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive platform() {
        File ear = new File(System.getProperty("cci.ear", "../ear/target/cci-business.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
