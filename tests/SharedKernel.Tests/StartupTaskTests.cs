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

    /// <summary>A task the host does not wait for; it holds until the test lets it go.</summary>
    private sealed class LaterTask(Probe probe, Gate gate) : IStartupTask
    {
        public bool BeforeListening => false;

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            gate.ServerStartedWhenRun = probe.FinishedWhenServerStarted;
            gate.Running.TrySetResult();
            await gate.Release.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }
    }

    private sealed class Gate
    {
        public TaskCompletionSource Running { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int ServerStartedWhenRun = -1;
    }

    [Fact]
    public async Task Given_a_task_not_needed_before_listening_When_the_host_starts_Then_it_runs_after_the_server_started_and_is_not_waited_for()
    {
        var probe = new Probe();
        var gate = new Gate();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(probe).AddSingleton(gate);
        builder.Services.AddStartupTask<LaterTask>();
        builder.Services.AddStartupTask<FirstTask>();
        builder.Services.AddStartupTask<SecondTask>();
        builder.Services.AddHostedService<LaterService>();
        using var host = builder.Build();

        // Waited for, the later task would hold the start until its gate's 30 s ran out.
        await host.StartAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await gate.Running.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var all = StartupTasks.WhenAllAsync(host.Services);
        Assert.False(all.IsCompleted);
        gate.Release.TrySetResult();
        await all.WaitAsync(TimeSpan.FromSeconds(30));
        await host.StopAsync();

        Assert.Equal(2, probe.FinishedWhenServerStarted);
        Assert.Equal(2, gate.ServerStartedWhenRun);
    }

    [Fact]
    public async Task Given_the_tasks_begun_early_When_the_host_starts_Then_each_task_has_run_once()
    {
        var probe = new Probe();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(probe);
        builder.Services.AddStartupTask<FirstTask>();
        builder.Services.AddStartupTask<SecondTask>();
        builder.Services.AddHostedService<LaterService>();
        using var host = builder.Build();

        StartupTasks.Begin(host.Services);
        await probe.FirstStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await host.StartAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await StartupTasks.WhenAllAsync(host.Services).WaitAsync(TimeSpan.FromSeconds(30));
        await host.StopAsync();

        Assert.Equal(2, probe.Finished);
        Assert.Equal(2, probe.FinishedWhenServerStarted);
    }
}
