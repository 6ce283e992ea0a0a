namespace SalesSuite.SharedKernel.Background;

/// <summary>A module's recurring work (auto-release, SLA checks...). Reads IClock, so tests call TickAsync with a FakeClock.</summary>
public interface IPeriodicWork
{
    Task TickAsync(CancellationToken cancellationToken);
}
