package org.gatewaydoctor.cli.lab;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.Map;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * A tiny authoritative DNS responder on a loopback UDP port: A queries for the names it knows get
 * their address, everything else NXDOMAIN. A lying one says NXDOMAIN even for the names it knows.
 */
final class LabDns implements AutoCloseable {

  private final DatagramSocket socket;
  private final Map<String, byte[]> addresses;
  private final boolean lying;
  private final Thread thread;

  /**
   * @param addresses fully qualified names (with the trailing dot) to IPv4 addresses
   * @param lying whether to deny every name (a broken or hijacked resolver)
   */
  LabDns(Map<String, byte[]> addresses, boolean lying) throws SocketException {
    this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    this.addresses = Map.copyOf(addresses);
    this.lying = lying;
    this.thread = new Thread(this::serve, "lab-dns-" + socket.getLocalPort());
    thread.setDaemon(true);
    thread.start();
  }

  /** {@code 127.0.0.1:port}, as resolver settings take it. */
  String address() {
    return "127.0.0.1:" + socket.getLocalPort();
  }

  private void serve() {
    byte[] buffer = new byte[512];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
        byte[] reply = answer(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
        if (reply != null) {
          socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
        }
      } catch (IOException e) {
        if (socket.isClosed()) {
          return;
        }
      }
    }
  }

  private byte[] answer(byte[] query) {
    Message request;
    try {
      request = new Message(query);
    } catch (IOException e) {
      return null; // not DNS: a real server would drop it too
    }
    Record question = request.getQuestion();
    Message response = new Message(request.getHeader().getID());
    response.getHeader().setFlag(Flags.QR);
    response.getHeader().setFlag(Flags.AA);
    if (request.getHeader().getFlag(Flags.RD)) {
      response.getHeader().setFlag(Flags.RD);
    }
    response.getHeader().setFlag(Flags.RA);
    if (question == null) {
      response.getHeader().setRcode(Rcode.FORMERR);
      return response.toWire();
    }
    response.addRecord(question, Section.QUESTION);
    Name name = question.getName();
    byte[] address = addresses.get(name.toString().toLowerCase(java.util.Locale.ROOT));
    if (lying || address == null) {
      response.getHeader().setRcode(Rcode.NXDOMAIN);
    } else if (question.getType() == Type.A) {
      try {
        response.addRecord(new ARecord(name, DClass.IN, 60, InetAddress.getByAddress(address)), Section.ANSWER);
      } catch (IOException e) {
        response.getHeader().setRcode(Rcode.SERVFAIL);
      }
    }
    return response.toWire();
  }

  @Override
  public void close() {
    socket.close();
  }
}
