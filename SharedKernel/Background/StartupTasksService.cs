using Microsoft.Extensions.Hosting;

namespace SalesSuite.SharedKernel.Background;

/// <summary>
/// Runs every registered <see cref="IStartupTask"/> side by side and returns when all have finished. It is one hosted
/// service, started before the web server's (which starts last), so the host still listens only after every task ran;
/// run one after another, the modules' tasks (mostly the JIT of their first queries) added up before the first request.
/// </summary>
internal sealed class StartupTasksService(IEnumerable<IStartupTask> tasks) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(tasks.Select(task => Task.Run(() => task.RunAsync(cancellationToken), cancellationToken)));

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
