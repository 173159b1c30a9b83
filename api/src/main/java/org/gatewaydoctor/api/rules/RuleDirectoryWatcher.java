package org.gatewaydoctor.api.rules;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a rule directory and its subdirectories (java.nio's WatchService: inotify on Linux) and
 * calls back once things have been quiet for the debounce time, so that an editor's several writes
 * (temporary file, rename, attributes) or a copied set of files cause one rebuild, not many.
 */
public final class RuleDirectoryWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RuleDirectoryWatcher.class);

  private final Path dir;
  private final Duration debounce;
  private final Runnable onChange;
  private final WatchService watcher;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "rule-directory-debounce");
    t.setDaemon(true);
    return t;
  });
  private final Thread loop;
  private ScheduledFuture<?> pending;

  /**
   * Starts watching.
   *
   * @param debounce how long the directory must stay unchanged before {@code onChange} runs
   * @throws IOException when the directory cannot be watched
   */
  public RuleDirectoryWatcher(Path dir, Duration debounce, Runnable onChange) throws IOException {
    this.dir = dir;
    this.debounce = debounce;
    this.onChange = onChange;
    this.watcher = dir.getFileSystem().newWatchService();
    registerAll();
    this.loop = new Thread(this::run, "rule-directory-watcher");
    loop.setDaemon(true);
    loop.start();
  }

  /** Registers the directory and every subdirectory (again: new ones appear; registering twice is harmless). */
  private void registerAll() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path d : walk.filter(Files::isDirectory).toList()) {
        d.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
      }
    }
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = watcher.take();
        key.pollEvents();
        key.reset();
        try {
          registerAll();
        } catch (IOException e) {
          LOG.debug("cannot watch every subdirectory of {}: {}", dir, e.toString());
        }
        schedule();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  private synchronized void schedule() {
    if (pending != null) {
      pending.cancel(false);
    }
    pending = timer.schedule(onChange, debounce.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() throws IOException {
    watcher.close();
    loop.interrupt();
    timer.shutdownNow();
  }
}
