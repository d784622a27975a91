package dev.jarvis.telemetry.processor;

import com.google.auto.service.AutoService;
import dev.jarvis.telemetry.processor.model.RecorderModel;
import dev.jarvis.telemetry.processor.reading.Annotations;
import dev.jarvis.telemetry.processor.reading.RecorderReader;
import dev.jarvis.telemetry.processor.reading.TypeNames;
import dev.jarvis.telemetry.processor.validation.Conventions;
import dev.jarvis.telemetry.processor.validation.Diagnostic;
import dev.jarvis.telemetry.processor.validation.RecorderValidator;
import dev.jarvis.telemetry.processor.validation.Report;
import dev.jarvis.telemetry.processor.writing.CatalogWriter;
import dev.jarvis.telemetry.processor.writing.RecorderWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.StandardLocation;

/**
 * Generates a recorder for every interface with {@code @JarvisMetric} or {@code @JarvisEvent}
 * methods, after checking the interface against the roadmap's naming and privacy rules. This class
 * only wires the steps: {@link RecorderReader} reads, {@link RecorderValidator} judges, {@link
 * RecorderWriter} writes.
 *
 * <p>An interface whose methods mention a type that is not resolved yet is deferred to the next
 * round, where another processor may have generated it; one still unresolved when processing ends
 * is reported. An exception inside the processor is reported as an error on the interface being
 * processed instead of failing the whole compilation.
 */
@AutoService(Processor.class)
public final class JarvisProcessor extends AbstractProcessor {
  private final Map<String, Element> deferred = new LinkedHashMap<>();
  private final Set<String> processed = new HashSet<>();
  private final List<RecorderModel> catalog = new ArrayList<>();
  private boolean anyErrors;
  private RecorderReader reader;
  private RecorderValidator validator;
  private RecorderWriter writer;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    reader =
        new RecorderReader(
            processingEnv.getElementUtils(), new Annotations(processingEnv.getElementUtils()));
    validator = new RecorderValidator(Conventions.fromOptions(processingEnv.getOptions()));
    writer = new RecorderWriter(processingEnv.getElementUtils());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(TypeNames.JARVIS_METRIC, TypeNames.JARVIS_EVENT);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(Conventions.PREFIX_OPTION, Conventions.SUBSYSTEMS_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<TypeElement> interfaces = new LinkedHashSet<>();
    for (String name : deferred.keySet()) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        interfaces.add(type);
      }
    }
    deferred.clear();
    Set<TypeElement> withMisplacedAnnotations = new HashSet<>();
    Report misplaced = new Report(processingEnv.getMessager());
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        Element enclosing = element.getEnclosingElement();
        if (isAbstractInterfaceMethod(element)) {
          interfaces.add((TypeElement) enclosing);
          continue;
        }
        misplaced.on(element, Diagnostic.NOT_AN_INTERFACE_METHOD, annotation.getSimpleName());
        if (enclosing.getKind() == ElementKind.INTERFACE) {
          interfaces.add((TypeElement) enclosing);
          withMisplacedAnnotations.add((TypeElement) enclosing);
        }
      }
    }

    // Every interface of the round is checked before any recorder is written, so that a name
    // declared twice leaves both interfaces without a recorder.
    List<RecorderModel> valid = new ArrayList<>();
    for (TypeElement subsystemInterface : interfaces) {
      validateSafely(subsystemInterface, round.processingOver()).ifPresent(valid::add);
    }
    for (RecorderModel recorder : valid) {
      if (withMisplacedAnnotations.contains(recorder.subsystemInterface())
          || validator.hasDuplicates(recorder)) {
        anyErrors = true;
      } else {
        writeSafely(recorder);
      }
    }
    anyErrors |= misplaced.hasErrors();
    if (round.processingOver()) {
      reportUnresolved();
      if (!anyErrors && !round.errorRaised() && !catalog.isEmpty()) {
        writeCatalog();
      }
    }
    return false;
  }

  /** The model of a valid interface; empty when it is deferred or has errors, reported. */
  private Optional<RecorderModel> validateSafely(
      TypeElement subsystemInterface, boolean lastRound) {
    String name = subsystemInterface.getQualifiedName().toString();
    if (processed.contains(name)) {
      return Optional.empty();
    }
    Report report = new Report(processingEnv.getMessager());
    try {
      Optional<Element> unresolved = reader.firstUnresolved(subsystemInterface);
      if (unresolved.isPresent() && !lastRound) {
        deferred.put(name, subsystemInterface);
        return Optional.empty();
      }
      processed.add(name);
      if (unresolved.isPresent()) {
        reportUnresolved(unresolved.get(), name, report);
      } else {
        RecorderModel recorder = reader.read(subsystemInterface);
        validator.validate(recorder, report);
        if (!report.hasErrors()) {
          return Optional.of(recorder);
        }
      }
    } catch (RuntimeException | Error failure) {
      processed.add(name);
      report.on(subsystemInterface, Diagnostic.PROCESSOR_FAILURE, name, stackTrace(failure));
    }
    anyErrors = true;
    return Optional.empty();
  }

  private void writeSafely(RecorderModel recorder) {
    TypeElement subsystemInterface = recorder.subsystemInterface();
    Report report = new Report(processingEnv.getMessager());
    String recorderName = RecorderWriter.recorderName(subsystemInterface);
    try {
      writer.write(recorder).writeTo(processingEnv.getFiler());
      catalog.add(recorder);
    } catch (FilerException e) {
      anyErrors = true;
      report.on(subsystemInterface, Diagnostic.RECORDER_NAME_TAKEN, recorderName, e.getMessage());
    } catch (IOException | RuntimeException e) {
      anyErrors = true;
      report.on(
          subsystemInterface,
          Diagnostic.PROCESSOR_FAILURE,
          subsystemInterface.getQualifiedName(),
          "cannot write " + recorderName + ": " + stackTrace(e));
    }
  }

  // Written once every interface is known, as the catalog and retention rules cover them all.
  private void writeCatalog() {
    CatalogWriter writer = new CatalogWriter(catalog);
    write("catalog.md", writer.catalog());
    write("loki-retention.yaml", writer.lokiRetention());
  }

  private void write(String name, String content) {
    try (Writer out =
        processingEnv
            .getFiler()
            .createResource(StandardLocation.CLASS_OUTPUT, "", CatalogWriter.FOLDER + name)
            .openWriter()) {
      out.write(content);
    } catch (IOException e) {
      processingEnv
          .getMessager()
          .printMessage(
              javax.tools.Diagnostic.Kind.ERROR,
              Diagnostic.PROCESSOR_FAILURE.message(CatalogWriter.FOLDER + name, e));
    }
  }

  private void reportUnresolved() {
    for (Map.Entry<String, Element> entry : deferred.entrySet()) {
      TypeElement type = (TypeElement) entry.getValue();
      reader
          .firstUnresolved(type)
          .ifPresent(
              unresolved ->
                  reportUnresolved(
                      unresolved, entry.getKey(), new Report(processingEnv.getMessager())));
    }
    deferred.clear();
  }

  private static void reportUnresolved(Element unresolved, String interfaceName, Report report) {
    TypeMirror type =
        unresolved instanceof ExecutableElement method
            ? method.getReturnType()
            : unresolved.asType();
    report.on(unresolved, Diagnostic.UNRESOLVED_TYPE, type, interfaceName);
  }

  private static boolean isAbstractInterfaceMethod(Element element) {
    return element.getKind() == ElementKind.METHOD
        && element.getEnclosingElement().getKind() == ElementKind.INTERFACE
        && element.getModifiers().contains(Modifier.ABSTRACT);
  }

  private static String stackTrace(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
