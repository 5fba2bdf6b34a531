package org.practiceloop.common.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope an API operation needs. Every resource under {@code /api/} must carry this (on the
 * method or the class) or {@link OperatorOnly}: {@link ApiKeyFilter} refuses any other, so an
 * endpoint cannot be left open by forgetting it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresScope {
    Scope value();
}
