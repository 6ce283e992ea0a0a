using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SalesSuite.Host.Tests.MultiHost;

/// <summary>
/// The built host (SalesSuite.Host.dll of the same configuration as the tests) as its own process on a loopback port,
/// on a data folder that other such processes share. Its log is kept for a failure message.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _log = [];

    private HostProcess(string name, Process process, string baseUrl)
    {
        Name = name;
        _process = process;
        BaseUrl = baseUrl;
    }

    public string Name { get; }
    public string BaseUrl { get; }
    public int ProcessId => _process.Id;
    public bool Alive => !_process.HasExited;

    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log.TakeLast(40));
            }
        }
    }

    public static HostProcess Start(string name, string dataFolder, IReadOnlyDictionary<string, string> settings)
    {
        var root = RepositoryRoot();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // .../bin/<Configuration>/net10.0/
        var dll = Path.Combine(root, "Host", "bin", configuration, "net10.0", "SalesSuite.Host.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is not built.");
        }
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "--urls", baseUrl, "--contentRoot", Path.Combine(root, "Host") })
        {
            start.ArgumentList.Add(a);
        }
        // "Testing": Production behaviour with the demo seed and cookies over plain http on loopback.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__DataFolder"] = dataFolder;
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var host = new HostProcess(name, process, baseUrl);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until /readyz answers (every database reachable), or the process ends, or the deadline passes.</summary>
    public async Task WaitReadyAsync(TimeSpan within)
    {
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < within)
        {
            if (!Alive)
            {
                throw new InvalidOperationException($"Host {Name} exited:\n{Log}");
            }
            try
            {
                if ((await probe.GetAsync(BaseUrl + "/readyz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Host {Name} was not ready within {within}:\n{Log}");
    }

    /// <summary>A hard kill, as a crash would be: no graceful stop, no lease handed back.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (Alive)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.Add(line);
        }
    }

    private static string RepositoryRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "SalesSuite.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar))
                ?? throw new InvalidOperationException("SalesSuite.sln not found above the tests.");
        }
        return root;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
