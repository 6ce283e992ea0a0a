using System.Text.Json;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.SharedKernel.Events;

/// <summary>Serialises events by their type name (without assembly version), so a stored event survives a redeploy.</summary>
public static class EventSerializer
{
    public static readonly JsonSerializerOptions Options = NodaJson.CreateOptions();

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static string Serialize(IIntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public static IIntegrationEvent Deserialize(string typeName, string payload)
    {
        var type = Type.GetType(typeName, throwOnError: false)
            ?? throw new InvalidOperationException($"Unknown integration event type '{typeName}'.");
        return (IIntegrationEvent)(JsonSerializer.Deserialize(payload, type, Options)
            ?? throw new InvalidOperationException($"Empty payload for '{typeName}'."));
    }
}
