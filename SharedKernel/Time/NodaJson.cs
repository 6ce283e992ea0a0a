using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesSuite.SharedKernel.Time;

/// <summary>JSON options with ISO converters for the NodaTime types that events carry.</summary>
public static class NodaJson
{
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new InstantJsonConverter());
        options.Converters.Add(new LocalDateJsonConverter());
        options.Converters.Add(new DurationJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
