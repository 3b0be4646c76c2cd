package dev.relata.boot.sample;

import dev.relata.boot.sample.blog.Comment;
import dev.relata.boot.sample.blog.CommentDao;
import dev.relata.boot.sample.blog.Post;
import dev.relata.boot.sample.blog.PostDao;
import dev.relata.boot.sample.blog.PostPage;
import dev.relata.boot.sample.blog.PostPageLoader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes through two DAOs in one Spring transaction: the DAOs run on Boot's {@code DSLContext},
 * which hands out the transaction's connection, so a failure after the first write undoes it.
 */
@Service
public class Publishing {

  /** A new post by user {@code userId}, with its first comment. */
  public record Draft(long userId, String title, String content, String firstComment) {}

  private final PostDao posts;
  private final CommentDao comments;
  private final PostPageLoader pages;

  Publishing(PostDao posts, CommentDao comments, PostPageLoader pages) {
    this.posts = posts;
    this.comments = comments;
    this.pages = pages;
  }

  /**
   * Stores the post, then its comment; a blank comment is refused after the post was written, and
   * the rollback takes the post back out.
   *
   * @throws IllegalArgumentException for a blank first comment
   */
  @Transactional
  public PostPage publish(Draft draft) {
    Post post = posts.insert(new Post(null, draft.title(), draft.content(), draft.userId()));
    if (draft.firstComment() == null || draft.firstComment().isBlank()) {
      throw new IllegalArgumentException("a post is published with a first comment");
    }
    comments.insert(new Comment(null, draft.firstComment(), post.id()));
    return pages.load(post); // in the transaction: reads its own writes
  }
}
