package org.peerscope.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A password of 10 to 128 characters with at least one letter and one character that is
 * not a letter, and not one of the passwords everybody tries first.
 */
@Documented
@Constraint(validatedBy = StrongPassword.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface StrongPassword {

	String message() default "{validation.password.weak}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<StrongPassword, String> {

		private static final Set<String> COMMON = Set.of("password123", "password1!", "1234567890a", "qwerty12345",
				"iloveyou123", "welcome123", "peerscope1", "peerscope123", "letmein1234", "abc1234567");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return false;
			}
			return isStrong(value);
		}

		static boolean isStrong(String value) {
			int length = value.codePointCount(0, value.length());
			if (length < 10 || length > 128) {
				return false;
			}
			boolean letter = value.codePoints().anyMatch(Character::isLetter);
			boolean other = value.codePoints().anyMatch((c) -> !Character.isLetter(c));
			return letter && other && !COMMON.contains(value.toLowerCase(Locale.ROOT));
		}

	}

}
