package dev.relata.sample.serve;

import dev.relata.sample.blog.Author;
import dev.relata.sample.blog.AuthorDao;
import dev.relata.sample.blog.AuthorTable;
import dev.relata.sample.blog.Book;
import dev.relata.sample.blog.BookDao;
import dev.relata.sample.blog.BookTable;
import dev.relata.sample.blog.Category;
import dev.relata.sample.blog.CategoryDao;
import dev.relata.sample.blog.CategoryTable;
import dev.relata.sample.blog.Comment;
import dev.relata.sample.blog.CommentDao;
import dev.relata.sample.blog.CommentTable;
import dev.relata.sample.blog.Item;
import dev.relata.sample.blog.ItemDao;
import dev.relata.sample.blog.ItemTable;
import dev.relata.sample.blog.Order;
import dev.relata.sample.blog.OrderDao;
import dev.relata.sample.blog.OrderTable;
import dev.relata.sample.blog.Post;
import dev.relata.sample.blog.PostDao;
import dev.relata.sample.blog.PostTable;
import dev.relata.sample.blog.Product;
import dev.relata.sample.blog.ProductDao;
import dev.relata.sample.blog.ProductTable;
import dev.relata.sample.blog.Profile;
import dev.relata.sample.blog.ProfileDao;
import dev.relata.sample.blog.ProfileTable;
import dev.relata.sample.blog.Tag;
import dev.relata.sample.blog.TagDao;
import dev.relata.sample.blog.TagTable;
import dev.relata.sample.blog.User;
import dev.relata.sample.blog.UserDao;
import dev.relata.sample.blog.UserTable;
import dev.relata.sample.blog.Video;
import dev.relata.sample.blog.VideoDao;
import dev.relata.sample.blog.VideoTable;
import java.util.List;

/**
 * The route table: every entity of the blog and every association, each line naming the generated
 * methods that serve it. Adding an entity to the server is adding it here.
 */
final class BlogResources {

  private BlogResources() {}

  static List<Resource<?, ?>> all() {
    var users = new Resource<>("users", User.class, UserTable.USER_TABLE, User::id, UserDao::new);
    var posts = new Resource<>("posts", Post.class, PostTable.POST_TABLE, Post::id, PostDao::new);
    var profiles = new Resource<>("profiles", Profile.class, ProfileTable.PROFILE_TABLE, Profile::id, ProfileDao::new);
    var videos = new Resource<>("videos", Video.class, VideoTable.VIDEO_TABLE, Video::id, VideoDao::new);
    var comments = new Resource<>("comments", Comment.class, CommentTable.COMMENT_TABLE, Comment::id, CommentDao::new);
    var tags = new Resource<>("tags", Tag.class, TagTable.TAG_TABLE, Tag::id, TagDao::new);
    var categories =
        new Resource<>("categories", Category.class, CategoryTable.CATEGORY_TABLE, Category::id, CategoryDao::new);
    var products = new Resource<>("products", Product.class, ProductTable.PRODUCT_TABLE, Product::id, ProductDao::new);
    var orders = new Resource<>("orders", Order.class, OrderTable.ORDER_TABLE, Order::id, OrderDao::new);
    var items = new Resource<>("items", Item.class, ItemTable.ITEM_TABLE, Item::id, ItemDao::new);
    var authors = new Resource<>("authors", Author.class, AuthorTable.AUTHOR_TABLE, Author::id, AuthorDao::new);
    var books = new Resource<>("books", Book.class, BookTable.BOOK_TABLE, Book::id, BookDao::new);

    users
        .hasMany("posts", posts, "userId",
            UserDao::getPosts, UserDao::getPosts, UserDao::createPost, UserDao::setPosts)
        .hasOne("profile", profiles, "userId",
            UserDao::getProfile, UserDao::getProfile, UserDao::createProfile, UserDao::setProfile);

    posts
        .belongsTo("user", users,
            PostDao::getUser, PostDao::getUser, PostDao::createUser, PostDao::setUser)
        .hasMany("comments", comments, "commentableId",
            PostDao::getComments, PostDao::getComments, PostDao::createComment, PostDao::setComments)
        .hasMany("approvedComments", comments, "commentableId",
            PostDao::getApprovedComments, PostDao::getApprovedComments, PostDao::createApprovedComment,
            PostDao::setApprovedComments)
        .belongsToMany("tags", tags,
            PostDao::getTags, PostDao::getTags, PostDao::createTag, PostDao::setTags)
        .blocksDelete("comments"); // a polymorphic key: no foreign key refuses the delete

    profiles
        .belongsTo("user", users,
            ProfileDao::getUser, ProfileDao::getUser, ProfileDao::createUser, ProfileDao::setUser);

    videos
        .hasMany("comments", comments, "commentableId",
            VideoDao::getComments, VideoDao::getComments, VideoDao::createComment, VideoDao::setComments)
        .blocksDelete("comments"); // as for posts

    comments
        .belongsToOneOf("commentable", List.of(posts, videos),
            CommentDao::getCommentable, CommentDao::getCommentable, CommentDao::setCommentable);

    tags
        .belongsToMany("posts", posts,
            TagDao::getPosts, TagDao::getPosts, TagDao::createPost, TagDao::setPosts);

    categories
        .hasMany("products", products, "categoryId",
            CategoryDao::getProducts, CategoryDao::getProducts, CategoryDao::createProduct, CategoryDao::setProducts);

    products
        .belongsTo("category", categories,
            ProductDao::getCategory, ProductDao::getCategory, ProductDao::createCategory, ProductDao::setCategory);

    orders
        .hasMany("items", items, "orderId",
            OrderDao::getItems, OrderDao::getItems, OrderDao::createItem, OrderDao::setItems);

    items
        .belongsTo("order", orders,
            ItemDao::getOrder, ItemDao::getOrder, ItemDao::createOrder, ItemDao::setOrder);

    authors
        .hasMany("books", books, "authorId",
            AuthorDao::getBooks, AuthorDao::getBooks, AuthorDao::createBook, AuthorDao::setBooks);

    books
        .belongsTo("author", authors,
            BookDao::getAuthor, BookDao::getAuthor, BookDao::createAuthor, BookDao::setAuthor);

    return List.of(users, posts, profiles, videos, comments, tags, categories, products, orders, items,
        authors, books);
  }
}
