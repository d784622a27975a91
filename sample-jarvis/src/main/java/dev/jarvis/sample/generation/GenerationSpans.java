package dev.jarvis.sample.generation;

import dev.jarvis.telemetry.annotations.Attribute;
import dev.jarvis.telemetry.annotations.Span;
import dev.jarvis.telemetry.runtime.trace.SpanScope;

/** The spans of a generation and of its retrieval of context, from the roadmap's section 5.2. */
public interface GenerationSpans {

  @Span("generation.request")
  SpanScope request(
      @Attribute("jarvis.generation.max_tokens") int maxTokens,
      @Attribute("jarvis.generation.temperature") double temperature);

  @Span("generation.template_match")
  SpanScope templateMatch();

  @Span("generation.model_inference")
  SpanScope modelInference(
      @Attribute("jarvis.generation.model_id") String modelId,
      @Attribute("gen_ai.request.model") String model);

  @Span("generation.token_stream")
  SpanScope tokenStream();

  @Span("generation.rag_retrieval")
  SpanScope ragRetrieval();

  @Span("rag.embed_query")
  SpanScope embedQuery();

  @Span("rag.vector_search")
  SpanScope vectorSearch(@Attribute("jarvis.rag.limit") int limit);

  @Span("rag.rerank")
  SpanScope rerank();

  @Span("rag.build_context")
  SpanScope buildContext();
}
