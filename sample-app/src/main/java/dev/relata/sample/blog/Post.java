package dev.relata.sample.blog;

import dev.relata.BelongsTo;
import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;
import dev.relata.Where;

/**
 * A post: {@code postDao.getUser(post)}, {@code postDao.getComments(post)}, only the approved
 * ones with {@code postDao.getApprovedComments(post)}, {@code postDao.getTags(post)}.
 */
@Entity
@BelongsTo(User.class)
@HasMany(value = Comment.class, foreignKey = "commentableId")
@HasMany(value = Comment.class, as = "approvedComments", foreignKey = "commentableId",
    where = @Where(component = "status", value = "APPROVED"))
@BelongsToMany(value = Tag.class, through = PostTag.class)
public record Post(@Id Long id, String title, String content, Long userId) implements Commentable {}
