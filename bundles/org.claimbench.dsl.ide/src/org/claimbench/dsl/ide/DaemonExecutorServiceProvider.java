package org.claimbench.dsl.ide;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.ExecutorServiceProvider;

import com.google.inject.Singleton;

/**
 * Xtext's pools for background work (content assist, server requests) on daemon threads: an idle
 * pool must not keep the JVM of {@code claimbench lsp} alive once the editor has gone.
 */
@Singleton
public class DaemonExecutorServiceProvider extends ExecutorServiceProvider {

	@Override
	protected ExecutorService createInstance(String key) {
		String name = "claimbench-" + (key == null ? "ide" : key) + "-";
		return Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name(name, 0).factory());
	}
}
