using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SalesSuite.SharedKernel.Background;

/// <summary>
/// Runs the registered <see cref="IStartupTask"/>s side by side, each once. Those the host waits for
/// (<see cref="IStartupTask.BeforeListening"/>) start at the first of <see cref="StartupTasks.Begin"/> (the host calls it
/// as soon as the databases are migrated) and the host's start (<see cref="StartupTasksService"/>); the others run
/// once the host listens, one after another in their order of registration, on the core the first requests leave free.
/// </summary>
internal sealed class StartupTasksRunner
{
    private readonly Lazy<(Task BeforeListening, Task All)> _run;

    public StartupTasksRunner(IEnumerable<IStartupTask> tasks, IHostApplicationLifetime lifetime) =>
        _run = new(() => Start(tasks.ToList(), lifetime));

    private static (Task BeforeListening, Task All) Start(List<IStartupTask> tasks, IHostApplicationLifetime lifetime)
    {
        var stopping = lifetime.ApplicationStopping;
        var before = tasks.Where(t => t.BeforeListening).Select(t => Task.Run(() => t.RunAsync(stopping), stopping)).ToList();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => listening.TrySetResult());
        // One after another, on one thread-pool thread at a time: the first requests need the other core (and a thread).
        var after = tasks.Where(t => !t.BeforeListening).Aggregate(listening.Task, (previous, t) => previous.ContinueWith(
            _ => t.RunAsync(stopping), stopping, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap());
        return (Task.WhenAll(before), Task.WhenAll(before.Append(after)));
    }

    /// <summary>Starts the tasks (once); completes when those the host waits for have finished.</summary>
    public Task RunAsync() => _run.Value.BeforeListening;

    /// <summary>Starts the tasks (once); completes when all have finished (the later ones once the host has started).</summary>
    public Task AllAsync() => _run.Value.All;
}

/// <summary>
/// The hosted service that waits for the startup tasks. It is started before the web server's (which starts last), so
/// the host listens only after every task that must finish first has.
/// </summary>
internal sealed class StartupTasksService(StartupTasksRunner runner) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runner.RunAsync().WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class StartupTasks
{
    /// <summary>
    /// Starts the startup tasks the host waits for now, without waiting for them (the host's start still does). For a
    /// host that migrated its databases and writes nothing a task reads before it starts: the tasks then run while the
    /// rest of the start (the pipeline, the endpoints, the platform's checks) goes on, instead of after it.
    /// </summary>
    public static void Begin(IServiceProvider services) => _ = services.GetService<StartupTasksRunner>()?.RunAsync();

    /// <summary>Completes when every startup task has finished, also those the host does not wait for (tests start from there).</summary>
    public static Task WhenAllAsync(IServiceProvider services) =>
        services.GetService<StartupTasksRunner>()?.AllAsync() ?? Task.CompletedTask;
}
