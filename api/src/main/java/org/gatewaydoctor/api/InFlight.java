package org.gatewaydoctor.api;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Counts the requests being handled (around the whole servlet chain, so a request counts until its
 * answer is written) and, once the server drains for shutdown, asks clients to close their
 * connections so that no new request arrives on a kept-alive one.
 */
final class InFlight implements Filter {

  private int count;
  private boolean draining;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    synchronized (this) {
      count++;
      if (draining && response instanceof HttpServletResponse http) {
        http.setHeader("Connection", "close");
      }
    }
    try {
      chain.doFilter(request, response);
      complete(response);
    } finally {
      synchronized (this) {
        count--;
        notifyAll();
      }
    }
  }

  /**
   * Writes the end of the answer now (the last chunk of a chunked one) rather than after the chain
   * returns, so that a request stops counting only once the client has all of it: a shutdown that
   * followed the count used to cut the last chunk off an answer in flight.
   */
  private static void complete(ServletResponse response) throws IOException {
    try {
      response.getOutputStream().close();
    } catch (IllegalStateException writerInUse) {
      response.getWriter().close();
    }
  }

  /** Stops taking new work on kept-alive connections, then waits until no request is in flight or {@code grace} passes. */
  synchronized boolean drain(Duration grace) throws InterruptedException {
    draining = true;
    long until = System.nanoTime() + grace.toNanos();
    while (count > 0) {
      long left = until - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  /** How many requests are being handled now. */
  synchronized int count() {
    return count;
  }
}
