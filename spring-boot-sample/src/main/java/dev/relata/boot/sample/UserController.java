package dev.relata.boot.sample;

import dev.relata.boot.sample.blog.Post;
import dev.relata.boot.sample.blog.User;
import dev.relata.boot.sample.blog.UserDao;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /users}: each call one DAO statement, in a transaction of its own (auto-commit). */
@RestController
public class UserController {

  private final UserDao users;

  UserController(UserDao users) {
    this.users = users;
  }

  /** Every user, in id order. */
  @GetMapping("/users")
  public List<User> all() {
    return users.findAll();
  }

  /** Stores a user; its id comes from the database. */
  @PostMapping("/users")
  public User create(@RequestBody User user) {
    return users.insert(user);
  }

  /** A user's posts: two statements, the user's and its posts'. */
  @GetMapping("/users/{id}/posts")
  public List<Post> posts(@PathVariable long id) {
    User user = users.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no user " + id));
    return users.getPosts(user);
  }
}
