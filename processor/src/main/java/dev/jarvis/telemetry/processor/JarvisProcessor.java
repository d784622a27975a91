package dev.jarvis.telemetry.processor;

import com.google.auto.service.AutoService;
import dev.jarvis.telemetry.processor.model.AlertModel;
import dev.jarvis.telemetry.processor.model.DashboardModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.RecorderModel;
import dev.jarvis.telemetry.processor.model.SloModel;
import dev.jarvis.telemetry.processor.reading.AlertReader;
import dev.jarvis.telemetry.processor.reading.Annotations;
import dev.jarvis.telemetry.processor.reading.DashboardReader;
import dev.jarvis.telemetry.processor.reading.RecorderReader;
import dev.jarvis.telemetry.processor.reading.TypeNames;
import dev.jarvis.telemetry.processor.validation.AlertRules;
import dev.jarvis.telemetry.processor.validation.ContainedAnnotationTrees;
import dev.jarvis.telemetry.processor.validation.Conventions;
import dev.jarvis.telemetry.processor.validation.DashboardRules;
import dev.jarvis.telemetry.processor.validation.Diagnostic;
import dev.jarvis.telemetry.processor.validation.KnownSeries;
import dev.jarvis.telemetry.processor.validation.RecorderValidator;
import dev.jarvis.telemetry.processor.validation.Report;
import dev.jarvis.telemetry.processor.writing.CatalogWriter;
import dev.jarvis.telemetry.processor.writing.GrafanaFiles;
import dev.jarvis.telemetry.processor.writing.PrometheusFiles;
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
import javax.lang.model.element.AnnotationMirror;
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
 * <p>The {@code @Slo}s of the metrics are checked with their interface. The {@code @Alert}s are
 * read as they come and checked once processing ends, when every metric they may query is known;
 * then, if the compilation has no errors, the catalog and the Prometheus rule files are written
 * ({@link PrometheusFiles}). The {@code @Dashboard}s are read and checked the same way, and written
 * as Grafana dashboards ({@link GrafanaFiles}).
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

  /** Every interface read, valid or not, so that alerts on its metrics raise no follow-on error. */
  private final List<RecorderModel> declared = new ArrayList<>();

  /** The interfaces with alerts, by name: an element of an earlier round is stale in the last. */
  private final Set<String> alertInterfaces = new LinkedHashSet<>();

  private final List<AlertModel> alerts = new ArrayList<>();
  private final AlertRules alertRules = new AlertRules();

  /** The types with dashboards, by name, for the same reason as the alerts' interfaces. */
  private final Set<String> dashboardTypes = new LinkedHashSet<>();

  private final List<DashboardModel> dashboards = new ArrayList<>();
  private final DashboardRules dashboardRules = new DashboardRules();
  private boolean anyErrors;
  private Annotations annotationFinder;
  private ContainedAnnotationTrees containedAnnotations;
  private RecorderReader reader;
  private AlertReader alertReader;
  private DashboardReader dashboardReader;
  private RecorderValidator validator;
  private RecorderWriter writer;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    annotationFinder = new Annotations(processingEnv.getElementUtils());
    containedAnnotations = ContainedAnnotationTrees.of(processingEnv);
    reader = new RecorderReader(processingEnv.getElementUtils(), annotationFinder);
    alertReader = new AlertReader(annotationFinder);
    dashboardReader = new DashboardReader(annotationFinder);
    validator = new RecorderValidator(Conventions.fromOptions(processingEnv.getOptions()));
    writer = new RecorderWriter(processingEnv.getElementUtils());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        TypeNames.JARVIS_METRIC,
        TypeNames.JARVIS_EVENT,
        TypeNames.SPAN,
        TypeNames.SLO,
        TypeNames.SLOS,
        TypeNames.ALERT,
        TypeNames.ALERTS,
        TypeNames.DASHBOARD,
        TypeNames.DASHBOARDS);
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
    Report misplaced = newReport();
    for (TypeElement annotation : annotations) {
      String annotationName = annotation.getQualifiedName().toString();
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (annotationName.equals(TypeNames.ALERT) || annotationName.equals(TypeNames.ALERTS)) {
          noteAlerts(element, misplaced);
          continue;
        }
        if (annotationName.equals(TypeNames.DASHBOARD)
            || annotationName.equals(TypeNames.DASHBOARDS)) {
          noteDashboards(element, misplaced);
          continue;
        }
        if (annotationName.equals(TypeNames.SLO) || annotationName.equals(TypeNames.SLOS)) {
          checkSloHasMetric(element, misplaced);
          continue;
        }
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
      checkAlertsSafely();
      checkDashboardsSafely();
      if (!anyErrors && !round.errorRaised()) {
        if (!catalog.isEmpty()) {
          writeCatalog();
        }
        writePrometheusFiles();
        writeGrafanaFiles();
      }
    }
    return false;
  }

  private void noteAlerts(Element element, Report report) {
    if (element.getKind() == ElementKind.INTERFACE) {
      alertInterfaces.add(((TypeElement) element).getQualifiedName().toString());
    } else {
      AnnotationMirror first =
          annotationFinder.findRepeated(element, TypeNames.ALERT, TypeNames.ALERTS).get(0);
      report.on(element, first, null, Diagnostic.ALERT_NOT_ON_INTERFACE, element.getSimpleName());
    }
  }

  private void noteDashboards(Element element, Report report) {
    if (element.getKind() == ElementKind.INTERFACE) {
      dashboardTypes.add(((TypeElement) element).getQualifiedName().toString());
    } else {
      AnnotationMirror first =
          annotationFinder.findRepeated(element, TypeNames.DASHBOARD, TypeNames.DASHBOARDS).get(0);
      report.on(
          element, first, null, Diagnostic.DASHBOARD_NOT_ON_INTERFACE, element.getSimpleName());
    }
  }

  /** An {@code @Slo} on a method that records no metric has no events to measure. */
  private void checkSloHasMetric(Element element, Report report) {
    if (Annotations.find(element, TypeNames.JARVIS_METRIC).isEmpty()) {
      AnnotationMirror first =
          annotationFinder.findRepeated(element, TypeNames.SLO, TypeNames.SLOS).get(0);
      report.on(element, first, null, Diagnostic.SLO_WITHOUT_METRIC, element.getSimpleName());
    }
  }

  // Alerts may query any metric of the compilation, so they are checked once all are known. They
  // are read here, from this round's elements, as javac cannot place messages on stale ones.
  private void checkAlertsSafely() {
    if (alertInterfaces.isEmpty()) {
      return;
    }
    Report report = newReport();
    try {
      for (String name : alertInterfaces) {
        alerts.addAll(alertReader.read(processingEnv.getElementUtils().getTypeElement(name)));
      }
      List<MetricModel> metrics =
          declared.stream().flatMap(recorder -> recorder.metrics().stream()).toList();
      List<SloModel> slos = metrics.stream().flatMap(metric -> metric.slos().stream()).toList();
      alertRules.check(alerts, KnownSeries.of(metrics, slos), slos, report);
    } catch (RuntimeException | Error failure) {
      report.on(
          processingEnv.getElementUtils().getTypeElement(alertInterfaces.iterator().next()),
          Diagnostic.PROCESSOR_FAILURE,
          "the @Alert declarations",
          stackTrace(failure));
    }
    anyErrors |= report.hasErrors();
  }

  // Dashboards, like alerts, may query any metric of the compilation.
  private void checkDashboardsSafely() {
    if (dashboardTypes.isEmpty()) {
      return;
    }
    Report report = newReport();
    try {
      for (String name : dashboardTypes) {
        dashboards.addAll(
            dashboardReader.read(processingEnv.getElementUtils().getTypeElement(name)));
      }
      List<MetricModel> metrics =
          declared.stream().flatMap(recorder -> recorder.metrics().stream()).toList();
      List<SloModel> slos = metrics.stream().flatMap(metric -> metric.slos().stream()).toList();
      dashboardRules.check(dashboards, KnownSeries.of(metrics, slos), report);
    } catch (RuntimeException | Error failure) {
      report.on(
          processingEnv.getElementUtils().getTypeElement(dashboardTypes.iterator().next()),
          Diagnostic.PROCESSOR_FAILURE,
          "the @Dashboard declarations",
          stackTrace(failure));
    }
    anyErrors |= report.hasErrors();
  }

  /** The model of a valid interface; empty when it is deferred or has errors, reported. */
  private Optional<RecorderModel> validateSafely(
      TypeElement subsystemInterface, boolean lastRound) {
    String name = subsystemInterface.getQualifiedName().toString();
    if (processed.contains(name)) {
      return Optional.empty();
    }
    Report report = newReport();
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
        declared.add(recorder);
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
    Report report = newReport();
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
    CatalogWriter writer = new CatalogWriter(catalog, alerts);
    write(CatalogWriter.FOLDER + "catalog.md", writer.catalog());
    write(CatalogWriter.FOLDER + "loki-retention.yaml", writer.lokiRetention());
  }

  private void writePrometheusFiles() {
    List<MetricModel> metrics =
        catalog.stream().flatMap(recorder -> recorder.metrics().stream()).toList();
    try {
      PrometheusFiles.of(metrics, alerts).forEach(this::write);
    } catch (RuntimeException failure) {
      processingEnv
          .getMessager()
          .printMessage(
              javax.tools.Diagnostic.Kind.ERROR,
              Diagnostic.PROCESSOR_FAILURE.message(PrometheusFiles.FOLDER, stackTrace(failure)));
    }
  }

  private void writeGrafanaFiles() {
    List<MetricModel> metrics =
        catalog.stream().flatMap(recorder -> recorder.metrics().stream()).toList();
    try {
      GrafanaFiles.of(metrics, dashboards).forEach(this::write);
    } catch (RuntimeException failure) {
      processingEnv
          .getMessager()
          .printMessage(
              javax.tools.Diagnostic.Kind.ERROR,
              Diagnostic.PROCESSOR_FAILURE.message(GrafanaFiles.FOLDER, stackTrace(failure)));
    }
  }

  private void write(String path, String content) {
    try (Writer out =
        processingEnv
            .getFiler()
            .createResource(StandardLocation.CLASS_OUTPUT, "", path)
            .openWriter()) {
      out.write(content);
    } catch (IOException e) {
      processingEnv
          .getMessager()
          .printMessage(
              javax.tools.Diagnostic.Kind.ERROR, Diagnostic.PROCESSOR_FAILURE.message(path, e));
    }
  }

  private Report newReport() {
    return new Report(processingEnv.getMessager(), containedAnnotations);
  }

  private void reportUnresolved() {
    for (Map.Entry<String, Element> entry : deferred.entrySet()) {
      TypeElement type = (TypeElement) entry.getValue();
      reader
          .firstUnresolved(type)
          .ifPresent(unresolved -> reportUnresolved(unresolved, entry.getKey(), newReport()));
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
