package dev.relata.boot.sample;

import dev.relata.boot.sample.blog.PostPage;
import dev.relata.boot.sample.blog.PostPageLoader;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /posts}: a post with its author and comments, and publishing through {@link Publishing}. */
@RestController
public class PostController {

  private final PostPageLoader pages;
  private final Publishing publishing;

  PostController(PostPageLoader pages, Publishing publishing) {
    this.pages = pages;
    this.publishing = publishing;
  }

  /** The post, its author and its comments: one statement per level. */
  @GetMapping("/posts/{id}")
  public PostPage post(@PathVariable long id) {
    return pages.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no post " + id));
  }

  /** Stores a post and its first comment, both or neither. */
  @PostMapping("/posts")
  public PostPage publish(@RequestBody Publishing.Draft draft) {
    return publishing.publish(draft);
  }

  /** A draft {@link Publishing} refuses: 400, saying why (its transaction was rolled back). */
  @ExceptionHandler(IllegalArgumentException.class)
  public ProblemDetail refused(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }
}
