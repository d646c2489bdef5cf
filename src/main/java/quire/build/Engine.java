package quire.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The identity of the running quire, part of every cache key. {@link #id()}, for a cache that
 * lives as long as the process: its version and, when it runs from a jar, the jar's size and time.
 * {@link #id(Path)}, for a cache on disk: its version and what the jar holds (each entry's name,
 * size and CRC-32 as the jar's directory lists them), so a jar with other code never reads what
 * another one cached, while the same code built again, as CI builds it on every run, reads the
 * cache its last run left (a jar's entries carry the time they were packed, which is left out).
 * Working that out reads the directory of some 12,000 entries (a tenth of a second in a cold
 * process), so the cache folder remembers it by the jar's stamp.
 */
final class Engine {
  private static final String VERSION = String.valueOf(Engine.class.getPackage().getImplementationVersion());
  private static final Optional<Path> CODE = code();
  private static final Optional<Path> JAR = CODE.filter(Files::isRegularFile);
  private static final String ID = stamp();
  /** The file of a cache folder that remembers the jar's content id by its stamp. */
  static final String FILE = "engine.txt";

  private Engine() {}

  /** This quire's identity by its jar's stamp: for a cache that lives as long as the process. */
  static String id() {
    return ID;
  }

  /**
   * This quire's identity by what its jar holds, remembered in {@code cacheDir} (written there
   * when missing or made for another jar; a folder that cannot be written is no error).
   */
  static String id(Path cacheDir) {
    return JAR.isEmpty() ? ID : remembered(cacheDir, JAR.get(), ID);
  }

  /**
   * The identity of the quire in {@code jar} by what it holds, as {@code cacheDir} remembers it
   * for a jar of {@code stamp}, else worked out and remembered there.
   */
  static String remembered(Path cacheDir, Path jar, String stamp) {
    Path file = cacheDir.resolve(FILE);
    try {
      List<String> known;
      try (var in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        known = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      }
      if (known.size() == 2 && known.get(0).equals(stamp)) return known.get(1);
    } catch (IOException | RuntimeException e) {
      // not there yet, or not readable: worked out below
    }
    String id;
    try {
      id = "quire " + VERSION + " jar " + contents(jar);
    } catch (IOException | RuntimeException e) {
      return stamp;
    }
    try {
      Files.createDirectories(cacheDir);
      BuildCache.writeAtomically(file, (stamp + "\n" + id + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // worked out again next time
    }
    return id;
  }

  /** Where quire's classes come from: its jar, or a folder of classes (tests); empty when unknown. */
  private static Optional<Path> code() {
    try {
      return Optional.of(Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String stamp() {
    if (JAR.isEmpty()) return "quire " + VERSION + CODE.map(code -> " classes " + code).orElse("");
    try {
      BasicFileAttributes a = Files.readAttributes(JAR.get(), BasicFileAttributes.class);
      return "quire " + VERSION + " jar " + a.size() + " " + a.lastModifiedTime().toMillis();
    } catch (IOException e) {
      return "quire " + VERSION;
    }
  }

  /**
   * A fingerprint of what jar {@code jar} holds, read from its directory alone (nothing is
   * inflated): each entry's name, size and CRC-32, in the directory's order.
   */
  static String contents(Path jar) throws IOException {
    MessageDigest d;
    try {
      d = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] numbers = new byte[24];
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry e = all.nextElement();
        byte[] name = e.getName().getBytes(StandardCharsets.UTF_8);
        put(numbers, 0, name.length);
        put(numbers, 8, e.getSize());
        put(numbers, 16, e.getCrc());
        d.update(numbers);
        d.update(name);
      }
    }
    return HexFormat.of().formatHex(d.digest());
  }

  /** Writes {@code value} big-endian at {@code at}. */
  private static void put(byte[] to, int at, long value) {
    for (int i = 0; i < 8; i++) to[at + i] = (byte) (value >>> (56 - 8 * i));
  }
}
