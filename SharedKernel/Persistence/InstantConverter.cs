using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace SalesSuite.SharedKernel.Persistence;

/// <summary>Instant stored as UTC DateTime: readable, sortable on SQLite (ISO text) and SQL Server (datetime2).</summary>
public sealed class InstantConverter() : ValueConverter<Instant, DateTime>(
    i => i.ToDateTimeUtc(),
    d => Instant.FromDateTimeUtc(DateTime.SpecifyKind(d, DateTimeKind.Utc)));
