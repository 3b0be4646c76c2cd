package com.example;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

@Entity
@HasMany(Post.class)
public record User(@Id Long id, String name) {}
