package quire.build;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * Entries of the build cache kept in one file instead of a file each: byte records by key,
 * appended to {@code content-ID.pack} as a build stores them, and found through
 * {@code content.idx}, which {@link #save} rewrites. A page rendered afresh stores two entries
 * (its content, and what search takes from it); as files, each was a new file and, once the page
 * changed again, a deleted one, and on a file system that looks for a free inode past the recently
 * deleted ones (ext4 without a journal) each new file then cost about half a millisecond: a
 * partial edit at 10,000 pages made and deleted about 2,900 of them. The pack grows by appends
 * and is copied, live records only, into a pack of a new ID when more than half of it is dead.
 *
 * <p>Each record carries its key and a CRC-32C, so a record that does not read back whole under its
 * key (a build killed while writing, a file changed by hand) is missing, never wrong. The index
 * names the pack it describes and is replaced atomically, so a build killed anywhere leaves an
 * index and a pack that agree. Thread-safe: stores are appended one at a time, and reads, being
 * positional, go on beside them.
 */
final class ContentPack {
  private static final String INDEX = "content.idx";
  private static final String MAGIC = "quire-content-pack";
  /** A pack is copied when its dead records are more than its live ones and at least this many bytes. */
  static final long COMPACT_AT_LEAST = 8L << 20;

  /** Where a record is in the pack, and how long it is (header, key, value and checksum). */
  private record Place(long offset, int length) {}

  private final Path dir;
  private final String engine;
  private final long compactAtLeast;
  private final Map<String, Place> places = new HashMap<>();
  private boolean loaded;
  /** Whether the index no longer says what the pack holds (a record stored, or a new pack). */
  private boolean dirty;
  private String packName;
  private FileChannel channel;
  private long end;

  ContentPack(Path dir, String engine) {
    this(dir, engine, COMPACT_AT_LEAST);
  }

  /** A pack copied when its dead records are more than its live ones and at least {@code compactAtLeast} bytes. */
  ContentPack(Path dir, String engine, long compactAtLeast) {
    this.dir = dir;
    this.engine = engine;
    this.compactAtLeast = compactAtLeast;
  }

  /** The value stored under {@code key}, if the pack holds it whole. */
  Optional<byte[]> get(String key) {
    Place place;
    FileChannel in;
    synchronized (this) {
      load();
      place = places.get(key);
      if (place == null) return Optional.empty();
      try {
        in = channel();
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    try {
      ByteBuffer record = ByteBuffer.allocate(place.length());
      while (record.hasRemaining()) {
        if (in.read(record, place.offset() + record.position()) < 0) return Optional.empty();
      }
      return value(record.array(), key);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** How many records the pack holds. */
  synchronized int size() {
    load();
    return places.size();
  }

  /** Whether a value is stored under {@code key} (not whether it reads back). */
  synchronized boolean has(String key) {
    load();
    return places.containsKey(key);
  }

  /** Stores {@code value} under {@code key}, unless a value is stored under it already. */
  synchronized void put(String key, byte[] value) throws IOException {
    load();
    if (places.containsKey(key)) return;
    byte[] record = record(key, value);
    FileChannel out = channel();
    ByteBuffer buffer = ByteBuffer.wrap(record);
    while (buffer.hasRemaining()) out.write(buffer, end + buffer.position());
    places.put(key, new Place(end, record.length));
    end += record.length;
    dirty = true;
  }

  /**
   * Forgets every record whose key is not in {@code live}, copies the live ones into a new pack
   * when the dead ones take more room, and writes the index; then closes the pack.
   */
  synchronized void save(Set<String> live) throws IOException {
    load();
    boolean forgot = places.keySet().retainAll(live);
    long liveBytes = 0;
    for (Place p : places.values()) liveBytes += p.length();
    long dead = end - liveBytes;
    String before = packName;
    if (dead > liveBytes && dead >= compactAtLeast) compact();
    if (forgot || dirty || !packName.equals(before)) writeIndex();
    dirty = false;
    close();
    if (!packName.equals(before)) Files.deleteIfExists(dir.resolve(before));
    removeOtherPacks();
  }

  /** Closes the pack file; the next use opens it again. */
  synchronized void close() throws IOException {
    if (channel != null) channel.close();
    channel = null;
  }

  /** Reads the index, once; a missing, damaged or foreign one leaves the pack empty, in a new file. */
  private void load() {
    if (loaded) return;
    loaded = true;
    Path index = dir.resolve(INDEX);
    try {
      Map<String, Place> read;
      try (java.io.InputStream in = Files.newInputStream(index, LinkOption.NOFOLLOW_LINKS)) {
        read = readIndex(in.readAllBytes());
      }
      java.nio.file.attribute.BasicFileAttributes pack = Files.readAttributes(dir.resolve(packName),
          java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      // A link under the pack's name is not the pack: the cache starts a pack of its own.
      if (!pack.isRegularFile()) throw new IOException("the pack is not a file");
      if (pack.size() < end) throw new IOException("the pack is shorter than its index says");
      places.putAll(read);
      return;
    } catch (NoSuchFileException e) {
      // A cache without a pack yet.
    } catch (IOException | RuntimeException e) {
      places.clear();
    }
    packName = newName();
    end = 0;
    dirty = true;
  }

  /** The records an index names; sets the pack's name and where the next record goes. */
  private Map<String, Place> readIndex(byte[] all) throws IOException {
    if (all.length < 4) throw new EOFException("cut short");
    CRC32C crc = new CRC32C();
    crc.update(all, 0, all.length - 4);
    if ((int) crc.getValue() != ByteBuffer.wrap(all, all.length - 4, 4).getInt()) throw new IOException("checksum mismatch");
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all, 0, all.length - 4));
    if (!MAGIC.equals(in.readUTF()) || !engine.equals(in.readUTF())) throw new IOException("another quire's pack");
    packName = in.readUTF();
    if (!packName.matches("content-[0-9a-f]+\\.pack")) throw new IOException("bad pack name");
    end = in.readLong();
    int n = in.readInt();
    Map<String, Place> read = new HashMap<>(n * 4 / 3 + 1);
    for (int i = 0; i < n; i++) {
      String key = in.readUTF();
      long offset = in.readLong();
      int length = in.readInt();
      if (offset < 0 || length <= 0 || offset + length > end) throw new IOException("a record outside the pack");
      read.put(key, new Place(offset, length));
    }
    if (in.available() != 0) throw new IOException("trailing bytes");
    return read;
  }

  private void writeIndex() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + places.size() * 90);
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeUTF(MAGIC);
    out.writeUTF(engine);
    out.writeUTF(packName);
    out.writeLong(end);
    Map<String, Place> sorted = new TreeMap<>(places);
    out.writeInt(sorted.size());
    for (Map.Entry<String, Place> e : sorted.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeLong(e.getValue().offset());
      out.writeInt(e.getValue().length());
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes.toByteArray());
    out.writeInt((int) crc.getValue());
    BuildCache.writeAtomically(dir.resolve(INDEX), bytes.toByteArray());
  }

  /** Copies the live records, in the order they were stored, into a pack of a new name. */
  private void compact() throws IOException {
    String name = newName();
    List<Map.Entry<String, Place>> live = new ArrayList<>(places.entrySet());
    live.sort(Map.Entry.comparingByValue(java.util.Comparator.comparingLong(Place::offset)));
    FileChannel from = channel();
    Map<String, Place> moved = new HashMap<>();
    long at = 0;
    try (FileChannel to = FileChannel.open(dir.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      for (Map.Entry<String, Place> e : live) {
        Place p = e.getValue();
        long copied = 0;
        while (copied < p.length()) copied += from.transferTo(p.offset() + copied, p.length() - copied, to);
        moved.put(e.getKey(), new Place(at, p.length()));
        at += p.length();
      }
    }
    close();
    places.clear();
    places.putAll(moved);
    packName = name;
    end = at;
  }

  /** Deletes the packs the index does not name (a compaction's old pack left by a killed build). */
  private void removeOtherPacks() throws IOException {
    try (DirectoryStream<Path> packs = Files.newDirectoryStream(dir, "content-*.pack")) {
      for (Path pack : packs) {
        if (!pack.getFileName().toString().equals(packName)) Files.deleteIfExists(pack);
      }
    }
  }

  private static String newName() {
    return "content-" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1) + ".pack";
  }

  private FileChannel channel() throws IOException {
    if (channel == null) {
      Files.createDirectories(dir);
      // A link under the pack's name is not the pack: opening it fails, and nothing is written where it leads.
      channel = FileChannel.open(dir.resolve(packName), StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }
    return channel;
  }

  /** A record: its length, the key, the value, and a CRC-32C of the key and value. */
  private static byte[] record(String key, byte[] value) {
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    ByteBuffer record = ByteBuffer.allocate(4 + 2 + k.length + value.length + 4);
    record.putInt(record.capacity());
    record.putShort((short) k.length);
    record.put(k);
    record.put(value);
    CRC32C crc = new CRC32C();
    crc.update(record.array(), 4, record.position() - 4);
    record.putInt((int) crc.getValue());
    return record.array();
  }

  /** The value of a record read back, if it is whole and stored under {@code key}. */
  private static Optional<byte[]> value(byte[] record, String key) {
    ByteBuffer in = ByteBuffer.wrap(record);
    if (record.length < 10 || in.getInt() != record.length) return Optional.empty();
    int keyLength = in.getShort() & 0xffff;
    int valueLength = record.length - 10 - keyLength;
    if (valueLength < 0) return Optional.empty();
    CRC32C crc = new CRC32C();
    crc.update(record, 4, record.length - 8);
    if ((int) crc.getValue() != ByteBuffer.wrap(record, record.length - 4, 4).getInt()) return Optional.empty();
    if (!key.equals(new String(record, 6, keyLength, StandardCharsets.UTF_8))) return Optional.empty();
    byte[] value = new byte[valueLength];
    System.arraycopy(record, 6 + keyLength, value, 0, valueLength);
    return Optional.of(value);
  }
}
