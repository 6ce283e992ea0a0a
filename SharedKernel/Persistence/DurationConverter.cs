using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace SalesSuite.SharedKernel.Persistence;

/// <summary>Duration stored as whole seconds, so dwell times can be summed in SQL.</summary>
public sealed class DurationConverter() : ValueConverter<Duration, long>(
    d => (long)d.TotalSeconds,
    s => Duration.FromSeconds(s));
