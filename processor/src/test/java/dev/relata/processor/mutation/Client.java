package dev.relata.processor.mutation;

import java.util.List;

/** The user's code: one statement per call of the generated API, leaving out those a mistake breaks. */
final class Client {

  static final String PATH = "relata/client/Client.java";

  private Client() {}

  static String source(List<Api.Call> calls, Mutation.Dependents broken, Api api) {
    StringBuilder text = new StringBuilder("package relata.client;\n\n/** Calls the generated API. */\nfinal class Client {\n\n");
    List<Api.Call> kept = calls.stream().filter(call -> !broken.breaks(api, call)).toList();
    for (Api.Call call : kept) {
      if (call.code().startsWith("static ")) {
        text.append("  ").append(call.code()).append('\n');
      }
    }
    text.append("\n  static void use(Object value) {}\n\n  @SuppressWarnings({\"unchecked\", \"rawtypes\"})\n  static void run() throws Exception {\n");
    for (Api.Call call : kept) {
      if (!call.code().startsWith("static ")) {
        text.append("    ").append(call.code()).append('\n');
      }
    }
    return text.append("  }\n}\n").toString();
  }
}
