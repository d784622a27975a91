package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Hashes an event field before it is logged, as appendix 11.3 asks of identifiers of people and
 * conversations and of queries: the field is written as {@code <name>_hash}. The hash is keyed with
 * the deployment key when one is configured.
 *
 * <pre>{@code
 * void scheduled(String itemId, @Hashed String contactId);   // logs contact_id_hash
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Hashed {}
