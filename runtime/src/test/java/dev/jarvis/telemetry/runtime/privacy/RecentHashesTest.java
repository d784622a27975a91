package dev.jarvis.telemetry.runtime.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentHashesTest {
  private final IdentifierHasher hasher = IdentifierHasher.unkeyed();

  @Test
  void givesTheSameHashAsTheHasherWhetherCachedOrNot() {
    RecentHashes recent = new RecentHashes(hasher, 2);

    for (String id : new String[] {"a", "b", "a", "c", "d", "a", null}) {
      assertThat(recent.hash(id)).isEqualTo(hasher.hash(id));
    }
  }

  @Test
  void staysWithinItsCapacityUnderAFloodOfIdentifiers() {
    RecentHashes recent = new RecentHashes(hasher, 100);

    for (int i = 0; i < 100_000; i++) {
      assertThat(recent.hash("user-" + i)).startsWith("sha256:");
    }
    assertThat(recent)
        .extracting("hashes")
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .hasSizeLessThanOrEqualTo(100);
  }
}
