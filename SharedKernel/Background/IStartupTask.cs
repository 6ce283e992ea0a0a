namespace SalesSuite.SharedKernel.Background;

/// <summary>
/// A module's one-off step when the host starts (default rows, announcing state to other modules): it runs after the
/// host migrated (and, where enabled, seeded) the databases. The host runs every module's tasks side by side
/// (<see cref="StartupTasksService"/>), so a task must not depend on another module's task. The host listens only after
/// every task that <see cref="BeforeListening"/> has finished. A task logs its own failure (the next start retries); it
/// must not throw to stop the host.
/// </summary>
public interface IStartupTask
{
    /// <summary>
    /// True (the default) when a request could depend on the task's work (e.g. default rows a page lists): it runs
    /// before the host listens. False when nothing a request shows waits for it (e.g. an announcement other modules
    /// receive through the outbox anyway): it runs once the host listens, beside the first requests.
    /// </summary>
    bool BeforeListening => true;

    Task RunAsync(CancellationToken cancellationToken);
}
