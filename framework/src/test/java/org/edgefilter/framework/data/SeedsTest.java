package org.edgefilter.framework.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SeedsTest {

  @Test
  void hashIsFnv1a64() {
    // Published FNV-1a 64-bit test vectors (Fowler/Noll/Vo,
    // http://www.isthe.com/chongo/tech/comp/fnv/).
    assertEquals(0xcbf29ce484222325L, Seeds.hash(""));
    assertEquals(0xaf63dc4c8601ec8cL, Seeds.hash("a"));
    assertEquals(0x85944171f73967e8L, Seeds.hash("foobar"));
  }

  @Test
  void mixIsDeterministicAndSeparatesStreams() {
    assertEquals(Seeds.mix(7, 1, 2), Seeds.mix(7, 1, 2));
    assertNotEquals(Seeds.mix(7, 1, 2), Seeds.mix(7, 2, 1));
    assertNotEquals(Seeds.mix(7, 1), Seeds.mix(8, 1));
    assertNotEquals(Seeds.mix(7), Seeds.mix(7, 0));
    assertEquals(Seeds.rng(3, 4).nextLong(), Seeds.rng(3, 4).nextLong());
  }
}
