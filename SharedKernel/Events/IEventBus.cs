namespace SalesSuite.SharedKernel.Events;

/// <summary>Delivers one event to every in-process handler, each in its own DI scope.</summary>
public interface IEventBus
{
    /// <returns>The failures; an empty list when every handler succeeded.</returns>
    Task<IReadOnlyList<HandlerFailure>> DeliverAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken);
}
