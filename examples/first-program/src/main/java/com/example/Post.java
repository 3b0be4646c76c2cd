package com.example;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

@Entity
@BelongsTo(User.class)
public record Post(@Id Long id, String title, String content, Long userId) {}
