using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesSuite.SharedKernel.Background;

namespace SalesSuite.SharedKernel.Tests;

public sealed class StartupTaskTests
{
    /// <summary>What the tasks and the later hosted service saw; each task waits until the other has started.</summary>
    private sealed class Probe
    {
        public TaskCompletionSource FirstStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource SecondStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Finished;
        public int FinishedWhenServerStarted = -1;
    }

    private sealed class FirstTask(Probe probe) : IStartupTask
    {
        public async Task RunAsync(CancellationToken cancellationToken)
        {
            probe.FirstStarted.TrySetResult();
            await probe.SecondStarted.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            Interlocked.Increment(ref probe.Finished);
        }
    }

    private sealed class SecondTask(Probe probe) : IStartupTask
    {
        public async Task RunAsync(CancellationToken cancellationToken)
        {
            probe.SecondStarted.TrySetResult();
            await probe.FirstStarted.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            Interlocked.Increment(ref probe.Finished);
        }
    }

    /// <summary>Stands for the web server: a hosted service registered after the modules' tasks (it starts last).</summary>
    private sealed class LaterService(Probe probe) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            probe.FinishedWhenServerStarted = Volatile.Read(ref probe.Finished);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [Fact]
    public async Task Given_two_startup_tasks_When_the_host_starts_Then_they_run_side_by_side_and_finish_before_later_services_start()
    {
        var probe = new Probe();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(probe);
        builder.Services.AddStartupTask<FirstTask>();
        builder.Services.AddStartupTask<SecondTask>();
        builder.Services.AddStartupTask<SecondTask>(); // registered twice (two calls): runs once
        builder.Services.AddHostedService<LaterService>();
        using var host = builder.Build();

        // One after another, the first task would wait for the second forever (here: 30 s, then fail).
        await host.StartAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await host.StopAsync();

        Assert.Equal(2, probe.Finished);
        Assert.Equal(2, probe.FinishedWhenServerStarted);
        Assert.Single(host.Services.GetServices<IHostedService>().OfType<StartupTasksService>());
    }
}
