package quire.build;

import java.util.function.Supplier;

/**
 * A value made on first use, once, by whichever thread asks first: a build served entirely from
 * the cache never sets up Flexmark or Freemarker. Thread-safe.
 */
final class Memo<T> implements Supplier<T> {
  private final Supplier<T> make;
  private volatile T value;

  Memo(Supplier<T> make) {
    this.make = make;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) value = v = make.get();
      }
    }
    return v;
  }
}
