package dev.jarvis.sample.generation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jarvis.sample.model.TokenListener;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.InternalServerErrorResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.ServiceUnavailableResponse;

/**
 * Serves {@code POST /api/v1/generation}: takes {@code {"prompt": ..., "chat_id": ...,
 * "max_tokens": ...}} and answers with the reply and how it was made. The reply is simulated: no
 * model weights are loaded.
 */
public final class GenerationEndpoint implements Handler {
  private final GenerationPipeline pipeline;
  private final ObjectMapper json;

  public GenerationEndpoint(GenerationPipeline pipeline, ObjectMapper json) {
    this.pipeline = pipeline;
    this.json = json;
  }

  @Override
  public void handle(Context ctx) {
    GenerationRequest request = parse(ctx.body());
    try {
      ctx.json(pipeline.generate(request, TokenListener.IGNORE));
    } catch (UnknownChatException e) {
      throw new NotFoundResponse(e.getMessage());
    } catch (GenerationFailedException e) {
      if (e.modelUnavailable()) {
        throw new ServiceUnavailableResponse(e.getMessage());
      }
      throw new InternalServerErrorResponse(e.getMessage());
    }
  }

  private GenerationRequest parse(String body) {
    try {
      return json.readValue(body, GenerationRequest.class).validated();
    } catch (JsonProcessingException e) {
      // Jackson's own message can quote the body, which the request's error event must not log.
      JsonLocation at = e.getLocation();
      throw new BadRequestResponse(
          at == null
              ? "the body is not a generation request"
              : String.format(
                  "the body is not a generation request (line %d, column %d)",
                  at.getLineNr(), at.getColumnNr()));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }
}
