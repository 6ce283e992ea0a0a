using SalesSuite.SharedKernel.Events;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

/// <summary>Counts how often the bus builds it and how often it handles.</summary>
public sealed class CountingFirstHandler : IIntegrationEventHandler<CountedHappened>
{
    private readonly HandlerProbe _probe;

    public CountingFirstHandler(HandlerProbe probe)
    {
        _probe = probe;
        probe.CountConstruction();
    }

    public Task HandleAsync(CountedHappened integrationEvent, CancellationToken cancellationToken)
    {
        _probe.CountHandled();
        return Task.CompletedTask;
    }
}
