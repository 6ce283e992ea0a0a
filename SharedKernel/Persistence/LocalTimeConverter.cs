using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace SalesSuite.SharedKernel.Persistence;

public sealed class LocalTimeConverter() : ValueConverter<LocalTime, TimeOnly>(
    t => t.ToTimeOnly(),
    t => LocalTime.FromTimeOnly(t));
