using System.Net;
using System.Net.Sockets;

namespace OpenTalent.Testing;

/// <summary>
/// A TCP relay on 127.0.0.1 in front of a server (PostgreSQL in the reliability tests), so a test can make the
/// server vanish for the app (<see cref="CutAsync"/>: refuse new connections and break every open one) and come back
/// on the same port (<see cref="Restore"/>) without touching the real server that other tests share.
/// </summary>
public sealed class LoopbackProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly Lock _gate = new();
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _running;
    private Task _accepting = Task.CompletedTask;

    private LoopbackProxy(IPEndPoint target) => _target = target;

    public int Port { get; private set; }

    public static LoopbackProxy Start(string targetHost, int targetPort)
    {
        var address = IPAddress.TryParse(targetHost, out var parsed) ? parsed : Dns.GetHostAddresses(targetHost).First(a => a.AddressFamily == AddressFamily.InterNetwork);
        var proxy = new LoopbackProxy(new IPEndPoint(address, targetPort));
        proxy.Listen(0);
        return proxy;
    }

    /// <summary>Listens again on the same port, as a server coming back would.</summary>
    public void Restore()
    {
        if (_listener is null)
        {
            Listen(Port);
        }
    }

    /// <summary>Stops listening and resets every relayed connection in both directions.</summary>
    public async Task CutAsync()
    {
        var running = _running;
        _listener?.Stop();
        _listener = null;
        if (running is not null)
        {
            await running.CancelAsync();
        }

        await _accepting.ConfigureAwait(false);
        TcpClient[] open;
        lock (_gate)
        {
            open = [.. _open];
            _open.Clear();
        }

        foreach (var client in open)
        {
            try
            {
                // A reset, as when the server's host goes away; a relay may have closed the socket meanwhile.
                client.Client?.LingerState = new LingerOption(true, 0);
            }
            catch (ObjectDisposedException)
            {
            }

            client.Dispose();
        }

        running?.Dispose();
        _running = null;
    }

    public async ValueTask DisposeAsync() => await CutAsync();

    private void Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _listener = listener;
        _running = new CancellationTokenSource();
        _accepting = AcceptAsync(listener, _running.Token);
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(inbound, cancellationToken);
        }
    }

    private async Task RelayAsync(TcpClient inbound, CancellationToken cancellationToken)
    {
        var outbound = new TcpClient();
        lock (_gate)
        {
            _open.Add(inbound);
            _open.Add(outbound);
        }

        try
        {
            await outbound.ConnectAsync(_target, cancellationToken);
            var up = inbound.GetStream().CopyToAsync(outbound.GetStream(), cancellationToken);
            var down = outbound.GetStream().CopyToAsync(inbound.GetStream(), cancellationToken);
            await Task.WhenAny(up, down);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The relay ends when either side or the test closes it.
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(inbound);
                _open.Remove(outbound);
            }

            inbound.Dispose();
            outbound.Dispose();
        }
    }
}
