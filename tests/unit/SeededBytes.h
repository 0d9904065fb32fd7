#pragma once

#include <QByteArray>
#include <QRandomGenerator>

// Bytes that look random but are the same on every run for the same seed, for the hashing tests.
inline QByteArray seededBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}
