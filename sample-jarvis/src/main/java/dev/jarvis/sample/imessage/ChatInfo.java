package dev.jarvis.sample.imessage;

/**
 * A chat and the contact on its other side.
 *
 * @param chatId the row id of the chat
 * @param guid the chat's identifier in requests, such as {@code chat-7}
 * @param contactName the contact's display name
 * @param handle the phone number or address messages are sent to
 * @param relationship how the user knows the contact: family, friend, work or acquaintance
 */
public record ChatInfo(
    long chatId, String guid, String contactName, String handle, String relationship) {}
