package dev.relata.it.club;

import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/**
 * Two associations to one target told apart by {@code as} ({@code getSentMessages}, {@code
 * getReceivedMessages}), and a self-referencing many-to-many ({@code getFriends}).
 */
@Entity
@HasMany(value = Message.class, foreignKey = "senderId", as = "sentMessages")
@HasMany(value = Message.class, foreignKey = "recipientId", as = "receivedMessages")
@BelongsToMany(value = Member.class, through = Friendship.class, foreignKey = "memberId", otherKey = "friendId", as = "friends")
@BelongsToMany(value = Club.class, through = Membership.class)
public record Member(@Id Long id, String name) {}
