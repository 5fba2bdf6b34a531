package org.practiceloop.common.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page that takes no API key because a signed link stands in for one (the partner form, the
 * candidate's plan page, unsubscribe and email-preference pages). {@link ApiKeyFilter} refuses
 * any resource that carries neither this, {@link RequiresScope} nor {@link OperatorOnly}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicPage {
}
