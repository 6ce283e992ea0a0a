namespace SalesSuite.SharedKernel.Background;

/// <summary>
/// A module's one-off step when the host starts (default rows, announcing state to other modules): it runs after the
/// host migrated (and, where enabled, seeded) the databases and before the host listens. The host runs every module's
/// tasks side by side (<see cref="StartupTasksService"/>), so a task must not depend on another module's task.
/// A task logs its own failure (the next start retries); it must not throw to stop the host.
/// </summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
