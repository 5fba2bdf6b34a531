package org.practiceloop.feedback.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rating has a score, or is marked not assessed: never both, never neither. */
@Constraint(validatedBy = ScoreMatchesAssessment.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ScoreMatchesAssessment {

    String message() default "is required unless notAssessed is true, and must be absent when it is";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ScoreMatchesAssessment, EvaluationRequest.RatingInput> {
        @Override
        public boolean isValid(EvaluationRequest.RatingInput rating, ConstraintValidatorContext context) {
            if (rating == null || (rating.score() == null) == rating.wasNotAssessed()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("score").addConstraintViolation();
            return false;
        }
    }
}
