using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SalesSuite.Host.Tests.Channels;

/// <summary>A local HTTP listener on 127.0.0.1 that records every POST; it answers 500 for the first <c>failures</c> requests.</summary>
internal sealed class HttpSink : IDisposable
{
    public sealed record Received(string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body, int AnsweredWith);

    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<Received> _received = new();
    private int _failuresLeft;

    public HttpSink(int failures = 0)
    {
        _failuresLeft = failures;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = ServeAsync();
    }

    public int Port { get; }

    public string Url(string pathAndQuery) => $"http://127.0.0.1:{Port}{pathAndQuery}";

    public IReadOnlyList<Received> Requests => _received.ToList();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => context.Request.Headers[k]!);
            var status = Interlocked.Decrement(ref _failuresLeft) >= 0 ? 500 : 200;
            _received.Enqueue(new Received(context.Request.Url!.PathAndQuery, headers, body, status));
            context.Response.StatusCode = status;
            var answer = Encoding.UTF8.GetBytes(status == 200 ? "{\"errcode\":0,\"errmsg\":\"ok\"}" : "boom");
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
