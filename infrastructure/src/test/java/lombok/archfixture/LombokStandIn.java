package lombok.archfixture;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Lombok is on no classpath here, so this annotation stands in for it: it lives under the
 * {@code lombok} package, which is all the Lombok rule looks at.
 */
@Retention(RetentionPolicy.CLASS)
public @interface LombokStandIn {
}
