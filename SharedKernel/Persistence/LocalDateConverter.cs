using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace SalesSuite.SharedKernel.Persistence;

public sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(
    d => d.ToDateOnly(),
    d => LocalDate.FromDateOnly(d));
