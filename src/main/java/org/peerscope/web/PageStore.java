package org.peerscope.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kept pages beyond what memory holds: their compressed bodies in a file of this node,
 * read back through the operating system's file cache, and what to send with them in
 * memory (a few hundred bytes a page). A catalogue of 200,000 researchers has about 1.7
 * GB of researcher pages compressed and ten times that as sent; a node keeps them all
 * here and the most visited in {@link AnonymousPageCache}'s memory.
 *
 * <p>
 * Pages are appended until the file reaches its size, and then no more are stored;
 * {@link #clear()} (an import changes every page) starts the file over. The file is
 * deleted as soon as it is opened, so that nothing is left behind however the process
 * ends: its pages are only good for the process that rendered them.
 */
class PageStore implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PageStore.class);

	private final FileChannel file;

	private final long capacity;

	private final ConcurrentMap<String, Entry> index = new ConcurrentHashMap<>();

	/** Where the next page goes in the file. */
	private final AtomicLong end = new AtomicLong();

	/** Shared by reads and writes, taken alone to start the file over under them. */
	private final ReadWriteLock startingOver = new ReentrantReadWriteLock();

	/**
	 * One copy of each set of headers and content type: nearly every page has the same,
	 * and each stored page would otherwise hold its own.
	 */
	private final ConcurrentMap<Object, Object> shared = new ConcurrentHashMap<>();

	private volatile boolean fullReported;

	/**
	 * @param directory where the file is made (and at once deleted)
	 * @param capacity the most bytes of pages the file takes
	 */
	PageStore(Path directory, long capacity) {
		this.capacity = capacity;
		try {
			Files.createDirectories(directory);
			Path path = Files.createTempFile(directory, "peerscope-pages-", ".bin");
			this.file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
					StandardOpenOption.DELETE_ON_CLOSE);
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make the page store's file in " + directory, ex);
		}
	}

	/**
	 * Stores the page as rendered at this generation of changes
	 * ({@link AnonymousPageCache#generation()}), replacing what the key had; false when
	 * the file is full.
	 */
	boolean put(String key, CachedPage page, long renderedAtGeneration) {
		boolean compressed = page.compressible();
		byte[] bytes = compressed ? page.gzipBody() : page.body();
		this.startingOver.readLock().lock();
		try {
			long offset = this.end.getAndAdd(bytes.length);
			if (offset + bytes.length > this.capacity) {
				this.end.getAndAdd(-bytes.length);
				reportFull();
				return false;
			}
			write(bytes, offset);
			this.index.put(key,
					new Entry(offset, bytes.length, compressed, page.length(), page.scope(), shared(page.contentType()),
							shared(page.headers()), page.etag(), page.lastModified(), renderedAtGeneration));
			return true;
		}
		finally {
			this.startingOver.readLock().unlock();
		}
	}

	/** The page stored under the key, or null. */
	Stored get(String key) {
		this.startingOver.readLock().lock();
		try {
			Entry entry = this.index.get(key);
			if (entry == null) {
				return null;
			}
			byte[] bytes = read(entry.offset(), entry.length());
			CachedPage page = entry.compressed()
					? CachedPage.compressed(entry.scope(), entry.contentType(), entry.headers(), bytes,
							entry.bodyLength(), entry.etag(), entry.lastModified())
					: new CachedPage(entry.scope(), entry.contentType(), entry.headers(), bytes, entry.etag(),
							entry.lastModified());
			return new Stored(page, entry.renderedAtGeneration());
		}
		finally {
			this.startingOver.readLock().unlock();
		}
	}

	/**
	 * Forgets the page stored under the key; its bytes stay in the file until it starts
	 * over.
	 */
	void remove(String key) {
		this.index.remove(key);
	}

	/** Forgets every page and starts the file over. */
	void clear() {
		this.startingOver.writeLock().lock();
		try {
			this.index.clear();
			this.end.set(0);
			this.file.truncate(0);
			this.fullReported = false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.startingOver.writeLock().unlock();
		}
	}

	/** Pages stored (some perhaps outdated by changes since). */
	long pages() {
		return this.index.size();
	}

	/** Bytes of the file taken. */
	long bytes() {
		return Math.min(this.end.get(), this.capacity);
	}

	/** Whether the file has no room left for a typical page. */
	boolean full() {
		return this.fullReported;
	}

	@Override
	public void close() throws IOException {
		this.file.close();
	}

	@SuppressWarnings("unchecked")
	private <T> T shared(T value) {
		return (T) this.shared.computeIfAbsent(value, (first) -> first);
	}

	private void reportFull() {
		if (!this.fullReported) {
			this.fullReported = true;
			log.warn(
					"The page store is full ({} pages, {} MB); further pages are kept in memory only. "
							+ "Raise peerscope.page-cache.store-size to keep more.",
					this.index.size(), this.capacity / (1024 * 1024));
		}
	}

	private void write(byte[] bytes, long offset) {
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		try {
			while (buffer.hasRemaining()) {
				this.file.write(buffer, offset + buffer.position());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private byte[] read(long offset, int length) {
		ByteBuffer buffer = ByteBuffer.allocate(length);
		try {
			while (buffer.hasRemaining()) {
				if (this.file.read(buffer, offset + buffer.position()) < 0) {
					throw new IOException("The page store's file ends before a page it holds");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return buffer.array();
	}

	/**
	 * A stored page and the generation of changes it was rendered at, which tells whether
	 * a change since has made it outdated.
	 */
	record Stored(CachedPage page, long renderedAtGeneration) {

	}

	private record Entry(long offset, int length, boolean compressed, int bodyLength, PageScope scope,
			String contentType, Map<String, List<String>> headers, String etag, long lastModified,
			long renderedAtGeneration) {

	}

}
