package dev.relata.it.polymorphic;

import dev.relata.Graph;
import java.util.List;

/** A video with its comments, each with what it is about (the video), and their number. */
@Graph(Video.class)
public record VideoPage(Video video, List<CommentView> comments, long commentsCount) {}
