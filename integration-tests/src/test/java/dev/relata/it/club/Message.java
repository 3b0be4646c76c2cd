package dev.relata.it.club;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** A message from one member to another: {@code getSender}, {@code getRecipient}. */
@Entity
@BelongsTo(value = Member.class, foreignKey = "senderId", as = "sender")
@BelongsTo(value = Member.class, foreignKey = "recipientId", as = "recipient")
public record Message(@Id Long id, Long senderId, Long recipientId, String text) {}
